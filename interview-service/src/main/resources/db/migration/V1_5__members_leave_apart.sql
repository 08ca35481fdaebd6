-- One adult's withdrawal or departure ends that adult's procedure only: their open interviews are cancelled, the
-- others' stay, and the case is ready for a decision when every adult still in the procedure was interviewed.
alter table case_member add column left_procedure boolean not null default false;
