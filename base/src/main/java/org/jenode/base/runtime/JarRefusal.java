package org.jenode.base.runtime;

import org.jenode.base.Binary;

/** Why a component from a user's jar is not run on threads of this JVM: the one wording of that refusal. */
final class JarRefusal {

    private JarRefusal() { }

    static String reason(String binary, Binary.Jar jar) {
        return "binary '" + binary + "' comes from the jar " + jar.jar().getFileName() + ", whose code runs only sandboxed,"
                + " in a process of its own: start it with isolation=\"process\"";
    }
}
