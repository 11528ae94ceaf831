-- CreateIndex
CREATE INDEX "Event_actorId_createdAt_idx" ON "Event"("actorId", "createdAt");

