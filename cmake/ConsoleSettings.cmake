# One INTERFACE target carries the compile settings every layer shares.
add_library(console_settings INTERFACE)
target_compile_features(console_settings INTERFACE cxx_std_20)
target_compile_definitions(console_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_FOREACH)
target_compile_options(console_settings INTERFACE -Wall -Wextra -pedantic)
if(ARI_WERROR)
    target_compile_options(console_settings INTERFACE -Werror)
endif()
target_include_directories(console_settings INTERFACE ${CMAKE_SOURCE_DIR})

if(ARI_SANITIZE)
    target_compile_options(console_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(console_settings INTERFACE -fsanitize=address,undefined)
endif()

# `cmake --build build --target format` formats the project's own sources with .clang-format.
find_program(CLANG_FORMAT_EXE NAMES clang-format)
if(CLANG_FORMAT_EXE)
    file(GLOB_RECURSE ARI_FORMAT_SOURCES CONFIGURE_DEPENDS
        ${CMAKE_SOURCE_DIR}/ari/*.cpp ${CMAKE_SOURCE_DIR}/ari/*.h
        ${CMAKE_SOURCE_DIR}/models/*.cpp ${CMAKE_SOURCE_DIR}/models/*.h
        ${CMAKE_SOURCE_DIR}/ui/*.cpp ${CMAKE_SOURCE_DIR}/ui/*.h
        ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h
        ${CMAKE_SOURCE_DIR}/sim/*.cpp ${CMAKE_SOURCE_DIR}/sim/*.h)
    add_custom_target(format COMMAND ${CLANG_FORMAT_EXE} -i ${ARI_FORMAT_SOURCES} COMMENT "clang-format")
endif()
