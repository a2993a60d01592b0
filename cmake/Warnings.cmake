# Warnings as an INTERFACE target that product code and tests link (as ccache does).
add_library(akhbar_warnings INTERFACE)
target_compile_options(akhbar_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(AKHBAR_WERROR)
  target_compile_options(akhbar_warnings INTERFACE -Werror)
endif()
