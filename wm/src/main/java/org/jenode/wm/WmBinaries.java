package org.jenode.wm;

import java.util.List;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;

/** The window manager under its binary name {@code wm}. */
public final class WmBinaries implements BinaryCatalog {

    @Override public List<Binary> binaries() { return List.of(new Binary("wm", Wm::new)); }
}
