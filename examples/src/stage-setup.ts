// Joining a stage as apps write it: the strategy, connection state and remote
// streams are all wired up, but nothing listens for StageEvents.ERROR, so a
// deleted stage or a removed participant after join goes unnoticed.
import {
  LocalStageStream,
  Stage,
  StageConnectionState,
  StageEvents,
  SubscribeType,
  type StageParticipantInfo,
  type StageStrategy,
} from 'amazon-ivs-web-broadcast';

import { showBanner } from './ui.js';

export async function joinStage(token: string, videoElement: HTMLVideoElement): Promise<void> {
  const media = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
  const localStreams = media.getTracks().map(track => new LocalStageStream(track));

  const strategy: StageStrategy = {
    stageStreamsToPublish: () => localStreams,
    shouldPublishParticipant: () => true,
    shouldSubscribeToParticipant: () => SubscribeType.AUDIO_VIDEO,
  };

  const stage = new Stage(token, strategy);

  stage.on(StageEvents.STAGE_CONNECTION_STATE_CHANGED, state => {
    if (state === StageConnectionState.DISCONNECTED) {
      showBanner('Disconnected');
    }
  });
  stage.on(
    StageEvents.STAGE_PARTICIPANT_STREAMS_ADDED,
    (participant: StageParticipantInfo, streams) => {
      if (!participant.isLocal) {
        videoElement.srcObject = new MediaStream(streams.map(stream => stream.mediaStreamTrack));
      }
    },
  );

  try {
    await stage.join();
  } catch {
    showBanner('Could not join the stage.');
  }
}
