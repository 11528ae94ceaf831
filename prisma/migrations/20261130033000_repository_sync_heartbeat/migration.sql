-- Repository sync: the running process's heartbeat, so an instance starting up fails only syncs whose process
-- has stopped (not those other instances are running). Additive.

-- AlterTable
ALTER TABLE "RepositorySync" ADD COLUMN "heartbeatAt" TIMESTAMP(3);
