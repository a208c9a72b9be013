package org.jenode.base;

import java.util.List;
import org.jenode.base.init.Init;
import org.jenode.base.report.ReportRom;

/** The binaries of the base module: {@code init} and {@code report_rom}. */
public final class BaseBinaries implements BinaryCatalog {

    @Override public List<Binary> binaries() {
        return List.of(new Binary("init", Init::new), new Binary("report_rom", ReportRom::new));
    }
}
