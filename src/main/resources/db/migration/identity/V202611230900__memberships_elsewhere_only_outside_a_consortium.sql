-- Inside a consortium only its own rows count, so a manager of B is nobody in A even if the app's
-- filter were bypassed. A person's rows elsewhere are visible, read only, outside any consortium.
DROP POLICY manager_of_current_consortium ON consortium_manager;
CREATE POLICY manager_of_current_consortium ON consortium_manager
    USING (consortium_id = current_consortium())
    WITH CHECK (consortium_id = current_consortium());
CREATE POLICY manager_own_rows_outside_a_consortium ON consortium_manager FOR SELECT
    USING (current_consortium() IS NULL AND email = current_user_email());

DROP POLICY artisan_of_current_consortium ON member_artisan;
CREATE POLICY artisan_of_current_consortium ON member_artisan
    USING (consortium_id = current_consortium())
    WITH CHECK (consortium_id = current_consortium());
CREATE POLICY artisan_own_rows_outside_a_consortium ON member_artisan FOR SELECT
    USING (current_consortium() IS NULL AND email = current_user_email());

DROP POLICY member_of_own_artisan ON member;
CREATE POLICY member_of_own_artisan ON member FOR SELECT
    USING (current_consortium() IS NULL AND EXISTS (
        SELECT 1 FROM member_artisan a
        WHERE a.consortium_id = member.consortium_id AND a.member_id = member.id
          AND a.email = current_user_email()));
