package org.jenode.decorator.themed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jenode.base.Env;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.SignalHandler;
import org.jenode.base.rom.AttachedRom;

/**
 * A theme read from ROM modules ({@code metadata} and the PNGs it needs), which stay open so that a
 * change of any of them (an edited file behind a scenario's ROM) signals {@code changed}.
 */
public final class ThemeRoms implements AutoCloseable {

    private final List<AttachedRom> roms = new ArrayList<>();
    private final Theme theme;

    /**
     * Reads the theme whose file {@code f} is ROM module {@code romName(f)}.
     *
     * @throws ThemeException if a ROM is missing or holds no image
     * @throws org.jenode.base.xml.XmlException if the metadata is malformed (at its location)
     */
    public ThemeRoms(Env env, UnaryOperator<String> romName, SignalHandler changed) {
        try {
            AttachedRom metadata = open(env, romName.apply("metadata"), changed);
            theme = Theme.parse(metadata.xml(), file -> {
                String name = romName.apply(file);
                return ThemeImage.decode(open(env, name, changed).bytes(), name);
            });
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private AttachedRom open(Env env, String name, SignalHandler changed) {
        AttachedRom rom;
        try {
            rom = new AttachedRom(env, name);
        } catch (ServiceDeniedException e) {
            throw new ThemeException("ROM '" + name + "' is missing (" + e.getMessage() + ")", e);
        }
        roms.add(rom);
        rom.sigh(changed);
        if (!rom.valid()) throw new ThemeException("ROM '" + name + "' is empty");
        return rom;
    }

    public Theme theme() { return theme; }

    @Override public void close() {
        roms.forEach(AttachedRom::close);
        roms.clear();
    }
}
