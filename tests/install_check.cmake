# Installs the library the test build already compiled (BINARY_DIR) into a
# scratch prefix and builds a consumer with find_package(cotangent CONFIG
# REQUIRED); then configures the same consumer through add_subdirectory and
# compiles its source against the target's usage requirements (linking it
# would only compile the library a second time).
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed: ${ARGN}\n${out}\n${err}")
  endif()
endfunction()
run(${CMAKE_COMMAND} --install ${BINARY_DIR} --prefix ${prefix} --component cotangent_library)
run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/consumer -B ${WORK_DIR}/consumer -DCMAKE_PREFIX_PATH=${prefix})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/consumer)
run(${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${prefix}/lib ${WORK_DIR}/consumer/consumer)
# The guide's own-project example (docs/guide.md): a Newton solver in a
# CMake project of its own, found through find_package, run without any
# library path set.
run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/examples/newton_project -B ${WORK_DIR}/newton
    -DCMAKE_PREFIX_PATH=${prefix})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/newton)
execute_process(COMMAND ${WORK_DIR}/newton/newton RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "minimum at [(]1[.]000000, 1[.]000000[)]")
  message(FATAL_ERROR "examples/newton_project did not find Rosenbrock's minimum:\n${out}")
endif()
# The same consumer through add_subdirectory(cotangent).
run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/consumer -B ${WORK_DIR}/subdir -G Ninja
    -DCOTANGENT_SOURCE_DIR=${SOURCE_DIR} -DCMAKE_BUILD_TYPE=Release)
run(${CMAKE_COMMAND} --build ${WORK_DIR}/subdir --target CMakeFiles/consumer.dir/main.cpp.o)
# The MPI component: installed on top, found as a component, run as one rank.
if(WITH_DISTRIBUTED)
  run(${CMAKE_COMMAND} --install ${BINARY_DIR} --prefix ${prefix} --component cotangent_distributed)
  run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/consumer -B ${WORK_DIR}/consumer_distributed
      -DCMAKE_PREFIX_PATH=${prefix} -DCONSUMER_DISTRIBUTED=ON)
  run(${CMAKE_COMMAND} --build ${WORK_DIR}/consumer_distributed --target consumer_distributed)
  run(${CMAKE_COMMAND} -E env OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
      ${WORK_DIR}/consumer_distributed/consumer_distributed)
endif()
