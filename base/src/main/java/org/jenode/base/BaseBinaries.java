package org.jenode.base;

import java.util.List;
import org.jenode.base.init.Init;
import org.jenode.base.report.ReportRom;
import org.jenode.base.rom.DynamicRom;

/** The binaries of the base module: {@code init}, {@code report_rom} and {@code dynamic_rom}. */
public final class BaseBinaries implements BinaryCatalog {

    /** For the ServiceLoader (see module-info). */
    public BaseBinaries() { }

    @Override public List<Binary> binaries() {
        return List.of(new Binary("init", Init::new), new Binary("report_rom", ReportRom::new),
                new Binary("dynamic_rom", DynamicRom::new));
    }
}
