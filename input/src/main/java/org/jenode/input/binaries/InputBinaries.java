package org.jenode.input.binaries;

import java.util.List;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;
import org.jenode.input.jinput.JinputInput;
import org.jenode.input.script.ScriptInput;

/** The input drivers of this module: {@code input_script} and {@code input_jinput}. */
public final class InputBinaries implements BinaryCatalog {

    /** For the ServiceLoader (see module-info). */
    public InputBinaries() { }

    @Override public List<Binary> binaries() {
        return List.of(new Binary("input_script", ScriptInput::new), new Binary("input_jinput", env -> new JinputInput(env)) /* not linked as listed: see FramebufferBinaries */);
    }
}
