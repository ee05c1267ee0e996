package dev.canopy.portal;

import dev.canopy.media.HeicRefused;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.PayloadTooLarge;
import dev.canopy.platform.errors.Unavailable;
import dev.canopy.platform.errors.UnsupportedMediaType;

/**
 * What became of photos sent from a portal form, as the short word the editor turns into a sentence
 * ({@code ?photo=heic}): the editor is reached by a 303 either way, so a reload never sends them again.
 */
final class PhotoOutcome {

    static final String ADDED = "added";

    private PhotoOutcome() {
    }

    static String of(Runnable sending) {
        try {
            sending.run();
            return ADDED;
        } catch (HeicRefused iphoneFormat) {
            return "heic";
        } catch (UnsupportedMediaType notAPicture) {
            return "type";
        } catch (PayloadTooLarge tooLarge) {
            return "size";
        } catch (InvalidInput unreadable) {
            return "damaged";
        } catch (Conflict full) {
            return "full";
        } catch (Unavailable storageDown) {
            return "unavailable";
        }
    }
}
