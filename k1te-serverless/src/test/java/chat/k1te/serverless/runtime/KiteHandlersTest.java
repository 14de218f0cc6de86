package chat.k1te.serverless.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.contracts.KiteFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KiteHandlersTest {
  @ParameterizedTest
  @EnumSource(KiteFunction.class)
  void resolvesTheHandlerStringTheClassNameAndTheSuffix(KiteFunction function) {
    String handler = function.handler();
    assertThat(KiteHandlers.resolve(handler)).isEqualTo(function);
    assertThat(KiteHandlers.resolve(handler.substring(0, handler.indexOf("::"))))
        .isEqualTo(function);
    assertThat(KiteHandlers.resolve(" " + function.suffix() + " ")).isEqualTo(function);
  }

  @Test
  void rejectsAnythingElseNamingTheValue() {
    assertThatThrownBy(() -> KiteHandlers.resolve("chat.k1te.serverless.RequestDispatcher::other"))
        .isInstanceOf(UnknownHandlerException.class)
        .hasMessageStartingWith(
            "_HANDLER 'chat.k1te.serverless.RequestDispatcher::other' names no Kite handler");
    assertThatThrownBy(() -> KiteHandlers.resolve(" "))
        .isInstanceOf(UnknownHandlerException.class)
        .hasMessageStartingWith("_HANDLER is not set");
  }
}
