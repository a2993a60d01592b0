# akhbar_build_info(TARGET): adds generated/build_info.cpp (src/cli/build_info.h) to TARGET.
# It is regenerated on every build, so that `akhbar --version` names the commit actually built,
# but rewritten only when its text changes: a build at the same commit recompiles nothing.
find_package(Git QUIET)
set(AKHBAR_COMMIT "" CACHE STRING "Commit to report when building outside git (default: unknown)")

function(akhbar_build_info target)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/generated/build_info.cpp")
  add_custom_target(${target}_build_info
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR} -DOUT=${out}
            -DVERSION=${PROJECT_VERSION} "-DGIT=${GIT_EXECUTABLE}" "-DFALLBACK=${AKHBAR_COMMIT}"
            -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/BuildInfoRun.cmake"
    BYPRODUCTS "${out}"
    VERBATIM)
  add_dependencies(${target} ${target}_build_info)
  target_sources(${target} PRIVATE "${out}")
endfunction()
