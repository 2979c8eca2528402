package cn.edu.jsnu.yihuiyipin.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tika's verdict on each allowed type and on the types the allow-list refuses, from the bytes alone. */
class MaterialTypeDetectorTest {

    private final MaterialTypeDetector detector = new MaterialTypeDetector();

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("JPEG", (Supplier<byte[]>) () -> MaterialSamples.jpeg(40, 30), MaterialType.JPEG),
                Arguments.of("PNG", (Supplier<byte[]>) () -> MaterialSamples.png(40, 30), MaterialType.PNG),
                Arguments.of("HEIC", (Supplier<byte[]>) () -> MaterialSamples.heic(2000), MaterialType.HEIC),
                Arguments.of("WebP", (Supplier<byte[]>) () -> MaterialSamples.webp(2000), MaterialType.WEBP),
                Arguments.of("MP4", (Supplier<byte[]>) () -> MaterialSamples.mp4(2000), MaterialType.MP4),
                Arguments.of("MOV", (Supplier<byte[]>) () -> MaterialSamples.mov(2000), MaterialType.MOV),
                Arguments.of("PDF", (Supplier<byte[]>) MaterialSamples::pdf, MaterialType.PDF),
                Arguments.of("DOCX", (Supplier<byte[]>) MaterialSamples::docx, MaterialType.DOCX),
                Arguments.of("PPTX", (Supplier<byte[]>) MaterialSamples::pptx, MaterialType.PPTX),
                Arguments.of("XLSX", (Supplier<byte[]>) MaterialSamples::xlsx, MaterialType.XLSX),
                Arguments.of("Word with macros", (Supplier<byte[]>) MaterialSamples::docm, null),
                Arguments.of("plain zip", (Supplier<byte[]>) MaterialSamples::zip, null),
                Arguments.of("Windows program", (Supplier<byte[]>) MaterialSamples::exe, null),
                Arguments.of("HTML", (Supplier<byte[]>) MaterialSamples::html, null),
                Arguments.of("random bytes", (Supplier<byte[]>) () -> MaterialSamples.random(5000), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void detectsTheTypeFromTheBytes(String what, Supplier<byte[]> sample, MaterialType expected, @TempDir Path dir)
            throws IOException {
        // the name says PDF for every sample: the detector never sees it
        Path file = Files.write(dir.resolve("file.pdf"), sample.get());

        Optional<MaterialType> type = MaterialType.ofMediaType(detector.detect(file));

        assertThat(type).as(what + " (Tika: " + detector.detect(file) + ")").isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sniffingLeavesTheStreamWhereItWas(String what, Supplier<byte[]> sample, MaterialType expected)
            throws IOException {
        byte[] bytes = sample.get();
        BufferedInputStream stream = new BufferedInputStream(new ByteArrayInputStream(bytes), 64 * 1024);

        String sniffed = detector.sniff(stream);

        assertThat(stream.readAllBytes()).isEqualTo(bytes);
        if (expected != null && expected.kind() != MaterialKind.DOCUMENT) {
            // photos and videos are known from their first bytes, which choose the size limit
            assertThat(MaterialType.ofMediaType(sniffed)).as(what).contains(expected);
        }
    }
}
