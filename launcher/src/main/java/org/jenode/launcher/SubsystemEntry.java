package org.jenode.launcher;

import java.util.Optional;
import org.jenode.loader.Isolation;

/**
 * One {@code <subsystem>} of the launcher's config (Genode 14.11's form, plus {@code icon} and
 * {@code isolation}).
 *
 * @param name      its label below the launcher's, and the entry's key
 * @param title     the button's text
 * @param binary    what the loader starts
 * @param quantum   its RAM, which the launcher pays
 * @param icon      an image ROM shown beside the title
 * @param isolation where it runs; empty: as the loader decides
 * @param config    its {@code <config>} node as text, the subsystem's config ROM
 */
record SubsystemEntry(String name, String title, String binary, long quantum, Optional<String> icon,
                      Optional<Isolation> isolation, String config) {

    /** Whether starting {@code other} would start something else than this (its config aside, which a running one takes live). */
    boolean sameProgram(SubsystemEntry other) {
        return binary.equals(other.binary) && quantum == other.quantum && isolation.equals(other.isolation);
    }
}
