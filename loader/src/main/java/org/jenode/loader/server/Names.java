package org.jenode.loader.server;

import org.jenode.base.InvalidRequestException;
import org.jenode.base.Labels;

/** The names a client gives: ROM modules, binaries, subsystem labels. Each is one label element. */
final class Names {

    private Names() { }

    /** {@code name} if it is one non-empty label element of bounded length. */
    static String require(String name, String what) {
        if (name.isEmpty()) throw new InvalidRequestException(what + " is empty");
        return optional(name, what);
    }

    /** Like {@link #require}, but an empty name is allowed. */
    static String optional(String name, String what) {
        if (name.length() > Labels.MAX_ELEMENT)
            throw new InvalidRequestException(what + " of " + name.length() + " characters, at most " + Labels.MAX_ELEMENT + " are allowed");
        if (name.contains(Labels.SEPARATOR)) throw new InvalidRequestException(what + " '" + name + "' is more than one label element");
        // it ends up in labels, logs and reports, where a control character or half a surrogate pair does harm
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE))
            throw new InvalidRequestException(what + " contains a control character or an unpaired surrogate");
        return name;
    }
}
