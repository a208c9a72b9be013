package org.jenode.launcher;

import java.util.List;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;
import org.jenode.launcher.launchpad.Launchpad;
import org.jenode.launcher.menuview.MenuView;

/** {@code launcher}, {@code launchpad} and their {@code menu_view}, under the names Genode's run scripts use. */
public final class LauncherBinaries implements BinaryCatalog {

    @Override public List<Binary> binaries() {
        return List.of(Binary.parent("launcher", Launcher::new), Binary.parent("launchpad", Launchpad::new),
                new Binary("menu_view", MenuView::new));
    }
}
