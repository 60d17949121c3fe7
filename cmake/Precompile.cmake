# Precompiled Qt headers for every target (ARI_PCH, on by default): most of a
# translation unit's compile time here is parsing the Qt headers (a ui file:
# about 4 of its 7 CPU seconds). Four host targets each compile one header
# once (cmake/pch/core.h or widgets.h, for libraries or executables), and the
# project's targets reuse it (REUSE_FROM), so the suite's 50 test executables
# do not each precompile their own.
#
# A precompiled header is used only with the flags it was made with, so:
#  - the hosts carry Qt's include folders but none of its QT_*_LIB defines:
#    GCC refuses a header made with a define the user lacks, and a user's
#    extra ones (QT_WIDGETS_LIB, ARI_CONSOLE_VERSION) are harmless since no
#    header in it reads them (QtTest does, so it is not in the header);
#  - libraries (-fPIC) and executables (-fPIE) have their own host;
#  - a library whose flags differ from the hosts' (the fuzz build's
#    -fsanitize=fuzzer-no-link) precompiles its own.
# Widgets come only into targets that link them (the layers' rule, STYLE.md).
#
# ccache caches these compiles only with the sloppiness below (its manual,
# "Precompiled headers"), so a ccache launcher is wrapped to set it; clang
# also needs -fno-pch-timestamp for ccache.
option(ARI_PCH "Precompile the Qt headers (cmake/pch) and reuse them in every target" ON)

function(_ari_pch_host name kind form)
    if(form STREQUAL "exe")
        add_executable(${name} EXCLUDE_FROM_ALL ${PROJECT_SOURCE_DIR}/cmake/pch/host_main.cpp)
    else()
        add_library(${name} OBJECT EXCLUDE_FROM_ALL ${PROJECT_SOURCE_DIR}/cmake/pch/host.cpp)
    endif()
    set_target_properties(${name} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    target_link_libraries(${name} PRIVATE console_settings Qt6::Core)
    set(modules Network)
    if(kind STREQUAL "widgets")
        list(APPEND modules Gui Widgets)
    endif()
    foreach(m IN LISTS modules)
        target_include_directories(${name} SYSTEM PRIVATE $<TARGET_PROPERTY:Qt6::${m},INTERFACE_INCLUDE_DIRECTORIES>)
    endforeach()
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        target_compile_options(${name} PRIVATE -Xclang -fno-pch-timestamp)
    endif()
    target_precompile_headers(${name} PRIVATE ${PROJECT_SOURCE_DIR}/cmake/pch/${kind}.h)
endfunction()

function(_ari_collect_targets dir out)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(sub IN LISTS subdirs)
        _ari_collect_targets(${sub} more)
        list(APPEND targets ${more})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

# Called once at the end of the top-level CMakeLists.txt, when every target exists.
function(ari_precompile_headers)
    if(NOT ARI_PCH)
        return()
    endif()
    find_package(Qt6 REQUIRED COMPONENTS Gui Widgets)
    _ari_collect_targets(${PROJECT_SOURCE_DIR} targets)
    set(hosts)
    foreach(t IN LISTS targets)
        get_target_property(type ${t} TYPE)
        if(type STREQUAL "EXECUTABLE")
            set(form exe)
        elseif(type STREQUAL "STATIC_LIBRARY")
            set(form lib)
        else()
            continue()
        endif()
        get_target_property(libs ${t} LINK_LIBRARIES)
        get_target_property(options ${t} COMPILE_OPTIONS)
        get_target_property(link_options ${t} LINK_OPTIONS)
        # console_resources is rcc's output alone; the fuzz targets are one file each.
        if(t STREQUAL "console_resources" OR t IN_LIST hosts OR "${link_options}" MATCHES "fuzzer")
            continue()
        endif()
        set(kind core)
        if("${options}" MATCHES "fuzzer")
            # ari_client and console_models with the fuzzers' coverage: flags of their own.
            target_precompile_headers(${t} PRIVATE ${PROJECT_SOURCE_DIR}/cmake/pch/core.h)
            if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
                target_compile_options(${t} PRIVATE -Xclang -fno-pch-timestamp)
            endif()
            continue()
        endif()
        foreach(lib IN ITEMS console_ui app_wiring Qt6::Widgets Qt6::Gui)
            if(lib IN_LIST libs)
                set(kind widgets)
            endif()
        endforeach()
        set(host ari_pch_${kind}_${form})
        if(NOT host IN_LIST hosts)
            _ari_pch_host(${host} ${kind} ${form})
            list(APPEND hosts ${host})
        endif()
        target_precompile_headers(${t} REUSE_FROM ${host})
        if(form STREQUAL "exe")
            # An executable's moc output is included by its sources (the tests' "tst_x.moc"),
            # which leaves AUTOMOC's mocs_compilation.cpp empty: 0.1 s to compile, 1.5 s with
            # the precompiled header loaded.
            get_target_property(bin ${t} BINARY_DIR)
            set_source_files_properties(${bin}/${t}_autogen/mocs_compilation.cpp TARGET_DIRECTORY ${t}
                PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
        endif()
    endforeach()
endfunction()

if(ARI_PCH AND CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
        CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
        ${CMAKE_CXX_COMPILER_LAUNCHER})
endif()
