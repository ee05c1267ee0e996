package dev.canopy.media;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.canopy.media.storage.StorageConfig;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;

/** The media bucket seen from outside the app, with a client of the test's own. */
@ApplicationScoped
class Bucket {

    private final MinioClient client;
    private final String name;

    Bucket(StorageConfig config) {
        this.client = MinioClient.builder().endpoint(config.endpoint())
                .credentials(config.accessKey(), config.secretKey()).build();
        this.name = config.bucket();
    }

    /** The keys in the bucket; none while the app has not created it yet (it checks it in the background at start). */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        try {
            for (Result<Item> item : client.listObjects(ListObjectsArgs.builder().bucket(name).recursive(true).build())) {
                keys.add(item.get().objectName());
            }
        } catch (ErrorResponseException e) {
            if (!"NoSuchBucket".equals(e.errorResponse().code())) {
                throw new IllegalStateException("Cannot list the media bucket", e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot list the media bucket", e);
        }
        return keys;
    }

    /** An object's content, read past the app. */
    byte[] read(String key) {
        try (InputStream object = client.getObject(GetObjectArgs.builder().bucket(name).object(key).build())) {
            return object.readAllBytes();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + key, e);
        }
    }

    int count() {
        return keys().size();
    }
}
