// The source of the executables' precompiled-header host (cmake/Precompile.cmake).
int main()
{
    return 0;
}
