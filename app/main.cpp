// hyoka: with a sub-command it runs headless (app/cli); otherwise it opens the window.
#include "commandline.h"
#include "guiapplication.h"

int main(int argc, char *argv[])
{
    if (Hyoka::CommandLine::isHeadlessInvocation(argc, argv))
        return Hyoka::CommandLine::run(argc, argv);
    return Hyoka::runGuiApplication(argc, argv);
}
