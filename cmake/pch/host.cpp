// The source of a precompiled-header host target (cmake/Precompile.cmake): it only
// carries the precompiled header that the project's targets reuse.
