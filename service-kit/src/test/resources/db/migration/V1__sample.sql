create table sample_case (id uuid primary key, note text not null);
