package org.jenode.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InaccessibleObjectException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client module cannot reach into nitpicker's server, by compiler or by reflection: this test's code
 * belongs to the module {@code org.jenode.apps} (Surefire patches it in) and tries what a hostile
 * component would. {@code Class.forName} names a server class (naming needs no access), but neither a
 * public constructor (the package is not exported) nor {@code setAccessible} (it is not opened) gets
 * it in. Exported, opened or on the class path, this test fails.
 */
class ServerReachTest {

    /** A public class with a public constructor: usable from here if its package were exported. */
    private static final String CATALOG = "org.jenode.nitpicker.server.NitpickerBinaries";
    /** The server itself, with private state. */
    private static final String SERVER = "org.jenode.nitpicker.server.Nitpicker";

    @BeforeEach
    void bothSidesAreNamedModules() throws Exception {
        // On the class path everything is one unnamed module, where nothing below would be refused.
        assertThat(getClass().getModule().getName()).isEqualTo("org.jenode.apps");
        assertThat(Class.forName(SERVER).getModule().getName()).isEqualTo("org.jenode.nitpicker");
    }

    @Test
    void aPublicConstructorOfTheServerPackageIsRefused() throws Exception {
        Constructor<?> constructor = Class.forName(CATALOG).getConstructor();
        assertThatThrownBy(constructor::newInstance).isInstanceOf(IllegalAccessException.class)
                .hasMessageContaining("does not export org.jenode.nitpicker.server to module org.jenode.apps");
    }

    @Test
    void setAccessibleIsRefused() throws Exception {
        Constructor<?> constructor = Class.forName(CATALOG).getDeclaredConstructor();
        assertThatThrownBy(() -> constructor.setAccessible(true)).isInstanceOf(InaccessibleObjectException.class);
    }

    @Test
    void noMemberOfTheServerCanBeOpened() throws Exception {
        Class<?> server = Class.forName(SERVER);
        List<AccessibleObject> members = new ArrayList<>(List.of(server.getDeclaredFields()));
        members.addAll(List.of(server.getDeclaredMethods()));
        members.addAll(List.of(server.getDeclaredConstructors()));
        assertThat(members).isNotEmpty().noneMatch(AccessibleObject::trySetAccessible);
        assertThatThrownBy(() -> server.getDeclaredFields()[0].setAccessible(true))
                .isInstanceOf(InaccessibleObjectException.class)
                .hasMessageContaining("does not \"opens org.jenode.nitpicker.server\" to module org.jenode.apps");
    }
}
