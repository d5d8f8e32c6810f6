# The layering rules of docs/architecture.md, as include rules: a lower
# layer never includes a higher one, and autograd (engine, forward mode,
# custom functions) includes nothing of the ops' internals.
set(rules
  "core:autograd/|ops/|functional/|trace/|compile/|io/|func/|distributed/"
  "kernels:autograd/|ops/|functional/|trace/|compile/|io/|func/|distributed/"
  "autograd:ops/|functional/|trace/|compile/|func/|distributed/"
  "ops:functional/|trace/|compile/|func/|distributed/"
  "functional:trace/|compile/|func/|distributed/"
  "trace:compile/|func/|distributed/"
  "compile:func/|distributed/"
  "func:distributed/")
set(violations "")
foreach(rule ${rules})
  string(REPLACE ":" ";" parts "${rule}")
  list(GET parts 0 layer)
  list(GET parts 1 forbidden)
  file(GLOB_RECURSE sources ${SOURCE_DIR}/src/${layer}/*.cpp ${SOURCE_DIR}/src/${layer}/*.h)
  foreach(src ${sources})
    file(STRINGS ${src} includes REGEX "^#include \"(${forbidden})")
    foreach(inc ${includes})
      list(APPEND violations "${src}: ${inc}")
    endforeach()
  endforeach()
endforeach()
# The core library never depends on MPI: only src/distributed sees it.
file(GLOB_RECURSE core_sources ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.h)
foreach(src ${core_sources})
  if(src MATCHES "/src/distributed/")
    continue()
  endif()
  file(STRINGS ${src} includes REGEX "^#include [<\"](mpi\\.h|cotangent/distributed\\.h)")
  foreach(inc ${includes})
    list(APPEND violations "${src}: ${inc}")
  endforeach()
endforeach()
if(violations)
  message(FATAL_ERROR "layering violations:\n${violations}")
endif()
message(STATUS "layers: no lower layer includes a higher one")
