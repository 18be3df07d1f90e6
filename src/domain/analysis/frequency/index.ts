// Frequency caps: the column's forms, channel defaults and the weekly worst case.
export { ACCEPTED_FORMS, CAP_PERIODS, CHANNEL_DEFAULT_CAPS, messagesPerWeek, parseFrequencyCap, showCap } from "./frequency-cap";
export type { CapParse, CapPeriod, FrequencyCap } from "./frequency-cap";
export { worstCasePerWeek } from "./worst-case";
export type { CappedActivation, ChannelLoad, ProfileLoad } from "./worst-case";
