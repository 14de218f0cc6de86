package chat.k1te.serverless.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayloadCodecTest {
  static final Instant T = Instant.parse("2026-11-28T09:40:00Z");

  @Test
  void encodesEveryServerFrameAsInTheProtocol() {
    assertThat(PayloadCodec.encode(new Payload.Ok())).isEqualTo("[\"OK\"]");
    assertThat(PayloadCodec.encode(new Payload.Pong())).isEqualTo("[\"PONG\"]");
    assertThat(PayloadCodec.encode(new Payload.Err("Channel not found", 404)))
        .isEqualTo("[\"ERR\",\"⛔ Channel not found\",404]");
    assertThat(PayloadCodec.encode(new Payload.Ack("m1", "2s", T)))
        .isEqualTo("[\"ACK\",\"m1\",\"2s\",\"2026-11-28T09:40:00Z\"]");
    assertThat(PayloadCodec.encode(new Payload.UplSlot("f", "http://g", "http://p")))
        .isEqualTo("[\"UPL\",\"f\",\"http://g\",\"http://p\"]");
    assertThat(PayloadCodec.encode(new Payload.Txt("m", "hi", T, 0)))
        .isEqualTo("[\"TXT\",\"m\",\"hi\",\"2026-11-28T09:40:00Z\"]");
    assertThat(PayloadCodec.encode(new Payload.Txt("m", "hi", T, 2)))
        .isEqualTo("[\"TXT\",\"m\",\"hi\",\"2026-11-28T09:40:00Z\",2]");
    assertThat(
            PayloadCodec.encode(
                new Payload.Bin("m", "http://u", "a.pdf", "application/pdf", 5, T, 0)))
        .isEqualTo(
            "[\"BIN\",\"m\",\"http://u\",\"a.pdf\",\"application/pdf\",5,\"2026-11-28T09:40:00Z\"]");
  }

  @Test
  void decodesEveryClientFrame() throws Exception {
    assertThat(PayloadCodec.decode("[\"PING\"]")).isEqualTo(new Payload.Ping());
    assertThat(PayloadCodec.decode("[\"JOIN\",\"m1\",null,\"channel-1\"]"))
        .isEqualTo(new Payload.Join("m1", Optional.empty(), "channel-1"));
    assertThat(((Payload.Join) PayloadCodec.decode("[\"JOIN\",\"m1\",null,\"c\"]")).displayName())
        .isEqualTo("m1");
    assertThat(PayloadCodec.decode("[\"TXT\",\"m\",\"hi\",\"2026-11-28T09:40:00Z\"]"))
        .isEqualTo(new Payload.Txt("m", "hi", T, 0));
    assertThat(PayloadCodec.decode("[\"TXT\",\"m\",\"hi\",\"2026-11-28T09:40:00.123Z\",2]"))
        .isEqualTo(new Payload.Txt("m", "hi", Instant.parse("2026-11-28T09:40:00.123Z"), 2));
    assertThat(
            PayloadCodec.decode(
                "[\"UPL\",\"f\",\"a.png\",\"image/png\",10,\"2026-11-28T09:40:00Z\"]"))
        .isEqualTo(new Payload.Upl("f", "a.png", "image/png", 10, T));
    assertThat(
            PayloadCodec.decode(
                "[\"BIN\",\"f\",\"http://u\",\"a.png\",\"image/png\",10,\"2026-11-28T09:40:00Z\"]"))
        .isEqualTo(new Payload.Bin("f", "http://u", "a.png", "image/png", 10, T, 0));
  }

  @Test
  void refusesWrongShapesWithSpecificReasons() {
    assertThatThrownBy(() -> PayloadCodec.decode("")).hasMessageStartingWith("Empty frame");
    assertThatThrownBy(() -> PayloadCodec.decode("[\"ACK\",\"a\",\"b\",\"c\"]"))
        .hasMessage(
            "Unsupported frame type ACK: a client may send JOIN, TXT, BIN, UPL, SEEN, LINK or PING");
    assertThatThrownBy(() -> PayloadCodec.decode("[\"PING\",1]"))
        .hasMessage("PING expects 1 elements [\"PING\"] but got 2");
    assertThatThrownBy(() -> PayloadCodec.decode("[1]"))
        .hasMessage("Malformed frame: the first element must be the type tag");
    assertThatThrownBy(() -> PayloadCodec.decode("[\"JOIN\",\"\",null,\"c\"]"))
        .hasMessage("JOIN element 1 (memberId) must not be blank");
    assertThatThrownBy(() -> PayloadCodec.decode("[\"JOIN\",\"m\",[1],\"c\"]"))
        .hasMessage("JOIN element 2 (memberName) must be a string or null, got a array");
    assertThatThrownBy(
            () -> PayloadCodec.decode("[\"UPL\",\"f\",\"a\",\"t\",1.5,\"2026-11-28T09:40:00Z\"]"))
        .hasMessage("UPL element 4 (fileSize) must be a non-negative integer, got the number 1.5");
    assertThatThrownBy(
            () -> PayloadCodec.decode("[\"TXT\",\"m\",\"x\",\"2026-11-28T09:40:00Z\",\"2\"]"))
        .hasMessage("TXT element 4 (status) must be an integer 0..9, got a string");
    assertThatThrownBy(() -> PayloadCodec.decode("[\"TXT\",null,\"x\",\"2026-11-28T09:40:00Z\"]"))
        .hasMessage("TXT element 1 (messageId) must be a string, got null");
  }
}
