/**
 * {@code input_script}: an input driver that replays the events written in its config, for tests and
 * demos. See {@link org.jenode.input.script.ScriptInput} and the module README.
 */
package org.jenode.input.script;
