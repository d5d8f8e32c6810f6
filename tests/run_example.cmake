# Runs an example and checks what it printed: the exit code must be 0, every
# regular expression of EXPECT (separated by "@@") must match the output, and
# with EXPECT_FILE the output must equal that file's text.
#   cmake -DCOMMAND=prog "-DARGS=a@@b" "-DEXPECT=re1@@re2" [-DEXPECT_FILE=f] -P run_example.cmake
string(REPLACE "@@" ";" args "${ARGS}")
string(REPLACE "@@" ";" expect "${EXPECT}")
execute_process(COMMAND ${COMMAND} ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "example failed: ${COMMAND} ${args} exited with ${rc}")
endif()
foreach(re IN LISTS expect)
  if(NOT out MATCHES "${re}")
    message(FATAL_ERROR "example's output lacks a line matching: ${re}")
  endif()
endforeach()
if(EXPECT_FILE)
  file(READ "${EXPECT_FILE}" wanted)
  if(NOT out STREQUAL wanted)
    message(FATAL_ERROR "example's output differs from ${EXPECT_FILE}")
  endif()
endif()
