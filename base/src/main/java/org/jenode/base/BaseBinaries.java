package org.jenode.base;

import java.util.List;
import org.jenode.base.init.Init;
import org.jenode.base.report.ReportRom;
import org.jenode.base.rom.DynamicRom;
import org.jenode.base.timer.TimerDriver;

/** The binaries of the base module: {@code init}, {@code report_rom}, {@code dynamic_rom} and {@code timer}. */
public final class BaseBinaries implements BinaryCatalog {

    /** For the ServiceLoader (see module-info). */
    public BaseBinaries() { }

    @Override public List<Binary> binaries() {
        return List.of(Binary.parent("init", Init::new), new Binary("report_rom", ReportRom::new),
                new Binary("dynamic_rom", DynamicRom::new), new Binary("timer", TimerDriver::new));
    }
}
