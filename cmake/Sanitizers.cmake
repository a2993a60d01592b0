# AddressSanitizer + UndefinedBehaviorSanitizer as an INTERFACE target.
add_library(akhbar_sanitizers INTERFACE)
if(AKHBAR_SANITIZE)
  set(_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  # -O1 -g1 after the build type's flags: the sanitizer build exists to run the tests, and at -O2 -g
  # its compile took about 2.4x the CPU (a GoogleTest file: 32 s against 13 s), most of CI's time;
  # -g1 keeps the line tables the reports' stack traces need.
  target_compile_options(akhbar_sanitizers INTERFACE ${_san} -O1 -g1)
  target_link_options(akhbar_sanitizers INTERFACE ${_san})
endif()
