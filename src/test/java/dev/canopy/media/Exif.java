package dev.canopy.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** EXIF written and looked for by hand, so the test does not trust the code it checks. */
final class Exif {

    static final int APP1 = 0xE1;
    private static final int SOS = 0xDA;

    private Exif() {
    }

    /**
     * The JPEG with an APP1 Exif segment right after its start: orientation, and the workshop's GPS
     * position (40°17' N, 69°37' E) with a processing method that spells "GPS".
     */
    static byte[] withGpsAndOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(163);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        // IFD0 at 8: orientation and the pointer to the GPS IFD at 38
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        // GPS IFD at 38, its values from 104 on
        tiff.putShort((short) 5);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(104);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(128);
        tiff.putShort((short) 0x1B).putShort((short) 7).putInt(11).putInt(152);
        tiff.putInt(0);
        tiff.putInt(40).putInt(1).putInt(17).putInt(1).putInt(0).putInt(1);
        tiff.putInt(69).putInt(1).putInt(37).putInt(1).putInt(0).putInt(1);
        tiff.put("ASCII\0\0\0GPS".getBytes(StandardCharsets.US_ASCII));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 6 + tiff.capacity();
        out.writeBytes(new byte[] { (byte) 0xFF, (byte) APP1, (byte) (length >> 8), (byte) length });
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tiff.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The markers of the segments before the picture data (APP0 = 0xE0, APP1 = 0xE1, …). */
    static List<Integer> markers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == SOS) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return markers;
    }

    static boolean contains(byte[] content, String text) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(text);
    }
}
