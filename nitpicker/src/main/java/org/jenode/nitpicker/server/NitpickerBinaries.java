package org.jenode.nitpicker.server;

import java.util.List;

import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;

/** The nitpicker module's binaries: {@code nitpicker}. */
public final class NitpickerBinaries implements BinaryCatalog {
    @Override public List<Binary> binaries() { return List.of(new Binary("nitpicker", Nitpicker::new)); }
}
