/** {@code faulty}: a demo client that crashes when clicked, to show what a fault looks like from the outside. */
package org.jenode.apps.faulty;
