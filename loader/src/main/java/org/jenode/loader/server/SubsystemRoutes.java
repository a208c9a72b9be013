package org.jenode.loader.server;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jenode.base.Labels;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.parent.Announcement;
import org.jenode.base.parent.Route;
import org.jenode.base.parent.RouteRequest;
import org.jenode.base.rom.RomSession;
import org.jenode.nitpicker.NitpickerSession;

/**
 * Where a subsystem's session requests go (Genode's loader {@code child.h}): its config to the
 * client's {@code config} module, a ROM the client supplied to the client's module, the GUI session of
 * a nested subsystem to the loader's virtual one (one only), and everything else up to the loader's
 * parent, labelled with the subsystem's label, which begins with the client's: whoever serves it, and
 * nitpicker's X-ray mode, see who started the subsystem.
 */
final class SubsystemRoutes {

    private final String name;
    private final RomModules modules;
    private final Announcement rom;
    private final Optional<Announcement> gui;
    private final BooleanSupplier guiOpen;

    /**
     * @param name    the subsystem's label below the loader ({@code launcher -> testnit})
     * @param rom     the loader's service of the client's modules
     * @param gui     the loader's virtual GUI service, if the client nests the subsystem
     * @param guiOpen whether the subsystem holds its one virtual GUI session already
     */
    SubsystemRoutes(String name, RomModules modules, Announcement rom, Optional<Announcement> gui, BooleanSupplier guiOpen) {
        this.name = name;
        this.modules = modules;
        this.rom = rom;
        this.gui = gui;
        this.guiOpen = guiOpen;
    }

    Route route(RouteRequest request) {
        String label = Labels.prefixed(name, request.label());
        if (request.type() == RomSession.class) {
            if (request.label().equals(RomModules.CONFIG)) return new Route.OwnConfig();
            if (modules.module(Labels.last(request.label())).isPresent()) return new Route.ToService(rom, label);
        }
        if (request.type() == NitpickerSession.class && gui.isPresent()) {
            if (guiOpen.getAsBoolean()) throw new ServiceDeniedException("the nested subsystem '" + name + "' has its one GUI session already");
            return new Route.ToService(gui.get(), label);
        }
        return new Route.ToParent(label);
    }
}
