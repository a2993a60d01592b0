# The rule that keeps the stages apart: the headers under src/<stage>/ (detail_*.h and the rest)
# are private to that stage. Only src/<stage>/ itself, its tests (tests/unit/<stage>/,
# tests/fuzz/fuzz_<stage>*.cpp) may include them; every other file uses the public headers in
# include/akhbar/ (and the CLI, src/cli/, its own headers). Two guards enforce it:
#  - akhbar_private_include_dir(STAGE OUT): the include directory a target of STAGE gets instead
#    of src/: it holds only a link STAGE -> src/STAGE, so "other/detail_x.h" is not found there;
#  - akhbar_check_stage_includes(ROOT): run at configure time, it fails naming every file that
#    includes another stage's header or climbs out with "../" (which the first guard cannot see).
# Script mode, for the test that shows the check rejects: cmake -DROOT=<tree> -P StageIncludes.cmake

if(CMAKE_SCRIPT_MODE_FILE)
  cmake_minimum_required(VERSION 3.20)  # the policies a project gets (IN_LIST)
endif()

# Sets OUT to an include directory in which "STAGE/..." resolves to src/STAGE/... and nothing else.
function(akhbar_private_include_dir stage out)
  set(_dir "${PROJECT_BINARY_DIR}/private-include/${stage}")
  set(_target "")
  if(IS_SYMLINK "${_dir}/${stage}")
    file(READ_SYMLINK "${_dir}/${stage}" _target)
  endif()
  if(NOT _target STREQUAL "${PROJECT_SOURCE_DIR}/src/${stage}")
    file(REMOVE "${_dir}/${stage}")
    file(MAKE_DIRECTORY "${_dir}")
    file(CREATE_LINK "${PROJECT_SOURCE_DIR}/src/${stage}" "${_dir}/${stage}" SYMBOLIC)
  endif()
  set(${out} "${_dir}" PARENT_SCOPE)
endfunction()

# The stage that owns a file (relative to the source root), or "" for files that own none.
function(_akhbar_owner file out)
  set(_owner "")
  if(file MATCHES "^src/([^/]+)/")
    set(_owner "${CMAKE_MATCH_1}")
  elseif(file MATCHES "^tests/unit/([^/]+)/")
    set(_owner "${CMAKE_MATCH_1}")
  elseif(file MATCHES "^tests/fuzz/fuzz_([a-z]+)")
    set(_owner "${CMAKE_MATCH_1}")
  endif()
  set(${out} "${_owner}" PARENT_SCOPE)
endfunction()

# Fails (FATAL_ERROR) listing every file under ROOT that breaks the rule.
function(akhbar_check_stage_includes root)
  get_filename_component(root "${root}" ABSOLUTE)
  file(GLOB _entries RELATIVE "${root}/src" "${root}/src/*")
  set(_stages "")
  foreach(e ${_entries})
    if(IS_DIRECTORY "${root}/src/${e}")
      list(APPEND _stages "${e}")
    endif()
  endforeach()
  file(GLOB_RECURSE _files RELATIVE "${root}" "${root}/src/*" "${root}/tests/unit/*" "${root}/tests/fuzz/*"
       "${root}/bench/*")
  list(FILTER _files INCLUDE REGEX "\\.(c|cc|cpp|h|hpp)$")
  set(_bad "")
  foreach(f ${_files})
    _akhbar_owner("${f}" _owner)
    file(STRINGS "${root}/${f}" _lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
    foreach(line ${_lines})
      if(NOT line MATCHES "include[ \t]*[\"<]([^\">]+)[\">]")
        continue()
      endif()
      set(_inc "${CMAKE_MATCH_1}")
      if(_inc MATCHES "(^|/)\\.\\./")
        string(APPEND _bad "\n  ${f}: #include \"${_inc}\" climbs out of its folder")
      elseif(_inc MATCHES "^([^/]+)/" AND NOT CMAKE_MATCH_1 STREQUAL _owner)
        set(_stage "${CMAKE_MATCH_1}")
        if(_stage IN_LIST _stages)
          string(APPEND _bad "\n  ${f}: #include \"${_inc}\" is private to the ${_stage} stage")
        endif()
      endif()
    endforeach()
  endforeach()
  if(_bad)
    message(FATAL_ERROR "A stage's private header is included from outside the stage:${_bad}\n"
                        "The headers under src/<stage>/ are for that stage and tests/unit/<stage>/ only; "
                        "what other stages need belongs in a public header in include/akhbar/ "
                        "(docs/ARCHITECTURE.md, \"Rules the tree keeps\").")
  endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE)
  if(NOT ROOT)
    message(FATAL_ERROR "usage: cmake -DROOT=<source tree> -P StageIncludes.cmake")
  endif()
  akhbar_check_stage_includes("${ROOT}")
  message(STATUS "stage includes: ok")
endif()
