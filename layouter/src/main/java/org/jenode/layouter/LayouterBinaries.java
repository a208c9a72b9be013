package org.jenode.layouter;

import java.util.List;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;

/** The binary of the layouter module: {@code floating_window_layouter}. */
public final class LayouterBinaries implements BinaryCatalog {

    @Override public List<Binary> binaries() {
        return List.of(new Binary("floating_window_layouter", FloatingWindowLayouter::new));
    }
}
