-- Search (issue 9, worklists and search): blind indexes of members. One row per normalised name token
-- (kind NAME_TOKEN) and one for the identity document number alone (kind DOCUMENT_NUMBER), each an HMAC-SHA256 under
-- the search key (refugio.registration.search-key, the key of search_key). No name and no number is stored in clear:
-- a search hashes its terms the same way and matches hashes.
create table member_search_index (
    member_id       uuid not null references member (id),
    application_id  uuid not null references application (id),
    kind            text not null,
    key_hash        text not null,
    primary key (member_id, kind, key_hash)
);
create index member_search_index_hash on member_search_index (kind, key_hash);
create index application_case_number on application (case_number);

comment on table member_search_index is
    'Blind index (HMAC-SHA256 of normalised name tokens / document number); never clear names or numbers.';
