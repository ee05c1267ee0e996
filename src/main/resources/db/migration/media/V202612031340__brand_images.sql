-- Pictures of the brand itself (the home's hero picture) belong to no member workshop
ALTER TABLE media_image ALTER COLUMN owner_member_id DROP NOT NULL;
