package dev.canopy.media.storage;

import jakarta.enterprise.inject.Vetoed;

import dev.canopy.platform.errors.Unavailable;

/** Storage that takes the display size and then fails, as when the connection drops between the two puts. */
// installed with QuarkusMock for one test; never a bean of its own (the scope is inherited)
@Vetoed
public class ThumbnailPutFails extends ObjectStorage {

    public ThumbnailPutFails(StorageConfig config) {
        super(config);
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        if (key.endsWith("/thumb.jpg")) {
            throw new Unavailable("Storage went away between the two puts");
        }
        super.put(key, content, contentType);
    }
}
