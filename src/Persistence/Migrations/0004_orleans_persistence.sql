-- Orleans grain storage (ADO.NET persistence). Version is the ETag: a write names the version it read
-- (null for a grain never stored) and gets the next one; on a conflict the unchanged version comes back
-- and Orleans throws InconsistentStateException. The unique index makes "insert when absent" race-free.

CREATE TABLE OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamp    NOT NULL,
    Version                integer      NULL
);

CREATE UNIQUE INDEX UX_OrleansStorage_Grain ON OrleansStorage
    (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, ServiceId, GrainTypeString, coalesce(GrainIdExtensionString, ''));

CREATE FUNCTION orleans_write_to_storage(
    p_grain_id_hash integer, p_grain_id_n0 bigint, p_grain_id_n1 bigint, p_grain_type_hash integer,
    p_grain_type_string text, p_grain_id_extension_string text, p_service_id text,
    p_grain_state_version integer, p_payload_binary bytea)
    RETURNS integer
    LANGUAGE plpgsql
AS $$
BEGIN
    IF p_grain_state_version IS NULL THEN
        INSERT INTO OrleansStorage
            (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString,
             ServiceId, PayloadBinary, ModifiedOn, Version)
        VALUES
            (p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash, p_grain_type_string,
             p_grain_id_extension_string, p_service_id, p_payload_binary, now() AT TIME ZONE 'utc', 1)
        ON CONFLICT DO NOTHING;
        RETURN CASE WHEN FOUND THEN 1 END;
    END IF;

    UPDATE OrleansStorage
    SET PayloadBinary = p_payload_binary, ModifiedOn = now() AT TIME ZONE 'utc', Version = Version + 1
    WHERE GrainIdHash = p_grain_id_hash AND GrainTypeHash = p_grain_type_hash
      AND GrainIdN0 = p_grain_id_n0 AND GrainIdN1 = p_grain_id_n1
      AND ServiceId = p_service_id AND GrainTypeString = p_grain_type_string
      AND GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_extension_string
      AND Version = p_grain_state_version;
    RETURN CASE WHEN FOUND THEN p_grain_state_version + 1 ELSE p_grain_state_version END;
END;
$$;

-- p_delete: false clears the payload and keeps the row (version + 1); true deletes the row.
CREATE FUNCTION orleans_clear_storage(
    p_grain_id_hash integer, p_grain_id_n0 bigint, p_grain_id_n1 bigint, p_grain_type_hash integer,
    p_grain_type_string text, p_grain_id_extension_string text, p_service_id text,
    p_grain_state_version integer, p_delete boolean)
    RETURNS integer
    LANGUAGE plpgsql
AS $$
BEGIN
    IF p_delete THEN
        DELETE FROM OrleansStorage
        WHERE GrainIdHash = p_grain_id_hash AND GrainTypeHash = p_grain_type_hash
          AND GrainIdN0 = p_grain_id_n0 AND GrainIdN1 = p_grain_id_n1
          AND ServiceId = p_service_id AND GrainTypeString = p_grain_type_string
          AND GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_extension_string
          AND Version = p_grain_state_version;
    ELSE
        UPDATE OrleansStorage
        SET PayloadBinary = NULL, ModifiedOn = now() AT TIME ZONE 'utc', Version = Version + 1
        WHERE GrainIdHash = p_grain_id_hash AND GrainTypeHash = p_grain_type_hash
          AND GrainIdN0 = p_grain_id_n0 AND GrainIdN1 = p_grain_id_n1
          AND ServiceId = p_service_id AND GrainTypeString = p_grain_type_string
          AND GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_extension_string
          AND Version = p_grain_state_version;
    END IF;
    RETURN CASE WHEN FOUND THEN p_grain_state_version + 1 ELSE p_grain_state_version END;
END;
$$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $q$
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString::text;
$q$),
('WriteToStorageKey', $q$
    SELECT orleans_write_to_storage(
        @GrainIdHash::integer, @GrainIdN0::bigint, @GrainIdN1::bigint, @GrainTypeHash::integer, @GrainTypeString,
        @GrainIdExtensionString::text, @ServiceId, @GrainStateVersion::integer, @PayloadBinary::bytea) AS NewGrainStateVersion;
$q$),
('ClearStorageKey', $q$
    SELECT orleans_clear_storage(
        @GrainIdHash::integer, @GrainIdN0::bigint, @GrainIdN1::bigint, @GrainTypeHash::integer, @GrainTypeString,
        @GrainIdExtensionString::text, @ServiceId, @GrainStateVersion::integer, false) AS NewGrainStateVersion;
$q$),
('DeleteStorageKey', $q$
    SELECT orleans_clear_storage(
        @GrainIdHash::integer, @GrainIdN0::bigint, @GrainIdN1::bigint, @GrainTypeHash::integer, @GrainTypeString,
        @GrainIdExtensionString::text, @ServiceId, @GrainStateVersion::integer, true) AS NewGrainStateVersion;
$q$);
