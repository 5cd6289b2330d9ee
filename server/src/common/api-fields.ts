import { ApiProperty } from '@nestjs/swagger';

/**
 * Response fields as the document states them. Only `id` is always present: a read may leave out a field the
 * caller's policy does not let them read, so the rest are optional. Nullable fields say so, typed as what they hold.
 */
export const Id = () => ApiProperty({ type: String, format: 'uuid' });
export const Uuid = () => ApiProperty({ type: String, format: 'uuid', required: false });
export const NullUuid = () => ApiProperty({ type: String, format: 'uuid', nullable: true, required: false });
export const Text = () => ApiProperty({ type: String, required: false });
export const NullText = () => ApiProperty({ type: String, nullable: true, required: false });
export const Time = () => ApiProperty({ type: String, format: 'date-time', required: false });
export const NullTime = () => ApiProperty({ type: String, format: 'date-time', nullable: true, required: false });
export const Flag = () => ApiProperty({ type: Boolean, required: false });
export const Count = () => ApiProperty({ type: Number, required: false });
export const NullCount = () => ApiProperty({ type: Number, nullable: true, required: false });
export const TextList = () => ApiProperty({ type: [String], required: false });
export const UuidList = () => ApiProperty({ type: String, format: 'uuid', isArray: true, required: false });
export const OneOf = (values: readonly string[], nullable = false) =>
  ApiProperty({ type: String, enum: [...values], required: false, nullable });
export const NullFlag = () => ApiProperty({ type: Boolean, nullable: true, required: false });
