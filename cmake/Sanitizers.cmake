# AddressSanitizer + UndefinedBehaviorSanitizer as an INTERFACE target.
add_library(akhbar_sanitizers INTERFACE)
if(AKHBAR_SANITIZE)
  set(_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_compile_options(akhbar_sanitizers INTERFACE ${_san})
  target_link_options(akhbar_sanitizers INTERFACE ${_san})
endif()
