package chat.k1te.e2e.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@link E2eTest} class of the local target: visitors open the widget page that the dev run
 * serves when no page is hosted ({@code WidgetPageServer}), pointed at the local runtime's
 * WebSocket URL, instead of the runtime's own demo page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ServedWidgetPage {}
