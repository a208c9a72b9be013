/**
 * The launcher, the launchpad and menu_view: the user's menus of subsystems. A program: it exports
 * nothing and reads base and the session interfaces of its servers (nitpicker, the loader).
 */
module org.jenode.launcher {
    requires org.jenode.base;
    requires org.jenode.nitpicker;
    requires org.jenode.framebuffer;
    requires org.jenode.input;
    requires org.jenode.loader;
    requires java.desktop; // menu_view decodes icon PNGs with ImageIO

    provides org.jenode.base.BinaryCatalog with org.jenode.launcher.LauncherBinaries;
}
