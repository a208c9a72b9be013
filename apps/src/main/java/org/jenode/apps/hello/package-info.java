/** {@code hello}: the smallest complete nitpicker client, shown in the README as the way to start a component. */
package org.jenode.apps.hello;
