package org.jenode.apps;

import java.util.List;
import org.jenode.apps.backdrop.Backdrop;
import org.jenode.apps.clock.Clock;
import org.jenode.apps.displaysettings.DisplaySettings;
import org.jenode.apps.faulty.Faulty;
import org.jenode.apps.hello.Hello;
import org.jenode.apps.imageviewer.ImageViewer;
import org.jenode.apps.nitfb.LiquidFb;
import org.jenode.apps.nitfb.NitFb;
import org.jenode.apps.pointer.Pointer;
import org.jenode.apps.statusbar.StatusBar;
import org.jenode.apps.testnit.Testnit;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;

/** The demo clients, nit_fb and liquid_fb, and the faulty demo, under the binary names that scenarios use. */
public final class AppsBinaries implements BinaryCatalog {

    @Override public List<Binary> binaries() {
        return List.of(
                new Binary("backdrop", Backdrop::new),
                new Binary("pointer", Pointer::new),
                new Binary("status_bar", StatusBar::new),
                new Binary("testnit", Testnit::new),
                new Binary("clock", Clock::new),
                new Binary("image_viewer", ImageViewer::new),
                new Binary("display_settings", DisplaySettings::new),
                new Binary("hello", Hello::new),
                new Binary("nit_fb", NitFb::new),
                new Binary("liquid_fb", LiquidFb::new),
                new Binary("faulty", Faulty::new));
    }
}
