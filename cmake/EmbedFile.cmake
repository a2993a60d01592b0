# akhbar_embed_file(TARGET FILE SYMBOL): compiles FILE's bytes into TARGET as
#   extern const char SYMBOL[]; extern const std::size_t SYMBOL_size;
# so that data files ship inside the binary and stay editable as text in the tree.
function(akhbar_embed_file target file symbol)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/generated/${symbol}.cpp")
  add_custom_command(OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DSYMBOL=${symbol}
            -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedFileRun.cmake"
    DEPENDS "${file}" "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedFileRun.cmake"
    COMMENT "Embedding ${file}")
  target_sources(${target} PRIVATE "${out}")
endfunction()
